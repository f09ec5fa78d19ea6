// Builds the value a tape describes (see tape.rs): `ops` says what to build, `strings`
// holds every string as UTF-16, decoded once and sliced; `statics` keeps the strings of
// the module's static data across calls, numbered as the tape numbers them.
// ignoreBOM: a string that starts with U+FEFF must keep it, or every offset after it slips.
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });
const utf8 = new TextEncoder();

// Writes `text` as UTF-8 into `into`, a view of WebAssembly memory (see tape.rs).
export function encodeText(text, into) {
  return utf8.encodeInto(text, into).written;
}

export function fromTape(ops, strings, statics) {
  const text = utf16.decode(strings);
  let i = 0;
  function value() {
    switch (ops[i++]) {
      case 0: return null;
      case 1: return false;
      case 2: return true;
      case 3: return ops[i++];
      case 4: {
        const start = ops[i];
        const end = start + ops[i + 1];
        i += 2;
        return text.slice(start, end);
      }
      case 5: {
        const n = ops[i++];
        const array = new Array(n);
        for (let k = 0; k < n; k++) array[k] = value();
        return array;
      }
      case 6: {
        const n = ops[i++];
        const object = {};
        for (let k = 0; k < n; k++) {
          const key = value();
          object[key] = value();
        }
        return object;
      }
      case 7: return statics[ops[i++]];
      case 8: {
        const id = ops[i];
        const start = ops[i + 1];
        i += 3;
        return (statics[id] = text.slice(start, start + ops[i - 1]));
      }
      default:
        throw new Error(`Verbindlich: unreadable tape at ${i - 1}`);
    }
  }
  return value();
}
