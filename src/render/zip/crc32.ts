import * as zlib from 'node:zlib';

/**
 * CRC-32 (IEEE), as zip entries need it: Node's own (native, several times faster) where it exists, from Node
 * 20.15 / 22.2; this table-driven one before, since we support Node ≥ 20. Both compute the same standard value.
 */
const native = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

const TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  return native ? native(data) : crc32Js(data);
}

export function crc32Js(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
