// Unit tests run in memory: a test that needs more than this is stuck, or belongs in integration.
jest.setTimeout(15_000);
