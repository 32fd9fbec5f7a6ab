// A SAX-style pass over one XML part with saxes (a maintained, conformant streaming parser):
// bytes are decoded as UTF-8 chunk by chunk (a character split across chunks is kept whole), and
// the handlers see elements and text as they arrive.
import type { Readable } from "node:stream";
import { SaxesParser, type SaxesTagPlain } from "saxes";

export interface XmlHandlers {
  open: (name: string, attributes: Record<string, string>) => void;
  text?: (text: string) => void;
  close?: (name: string) => void;
}

/** Local name: "x:row" → "row" (strict OOXML and some writers use prefixes). */
export const localName = (name: string): string => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

export function scanXml(input: Readable, h: XmlHandlers): Promise<void> {
  return new Promise((resolve, reject) => {
    const parser = new SaxesParser({ xmlns: false, position: false });
    const decoder = new TextDecoder("utf-8");
    let failed = false;
    const open = h.open;
    parser.on("opentag", (tag: SaxesTagPlain) => {
      const name = tag.name;
      open(name.indexOf(":") < 0 ? name : localName(name), tag.attributes);
    });
    if (h.text) parser.on("text", h.text);
    if (h.close) {
      const close = h.close;
      parser.on("closetag", (tag) => close(tag.name.indexOf(":") < 0 ? tag.name : localName(tag.name)));
    }
    const fail = (e: unknown) => {
      if (failed) return;
      failed = true;
      input.destroy();
      reject(e instanceof Error ? e : new Error(String(e)));
    };
    parser.on("error", fail);
    input.on("data", (chunk: Buffer) => {
      if (failed) return;
      try {
        parser.write(decoder.decode(chunk, { stream: true }));
      } catch (e) {
        fail(e);
      }
    });
    input.once("error", fail);
    input.once("end", () => {
      if (failed) return;
      try {
        parser.write(decoder.decode());
        parser.close();
        resolve();
      } catch (e) {
        fail(e);
      }
    });
  });
}
