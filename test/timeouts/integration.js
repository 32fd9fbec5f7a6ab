// Integration tests start processes (the CLI, LibreOffice, Chromium, webpack) on a shared machine.
jest.setTimeout(180_000);
