/**
 * Finds where a JSON text stops being JSON, without recursion, so a syntax error in a `.json`
 * template can name its line. YAML would accept much of what JSON rejects (trailing commas,
 * empty values), so JSON files get this stricter check before they are read.
 * Returns the offset of the first error, or undefined when the text is valid JSON.
 */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const stack: ('{' | '[')[] = [];
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const str = (): boolean => {
    if (text[i] !== '"') return false;
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return false;
      } else i++;
    }
    return false;
  };
  const scalar = (): boolean => {
    if (text[i] === '"') return str();
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!m) return false;
    i += m[0].length;
    return true;
  };
  // expect: 'value' | 'key' | 'after' (after a value: `,` or a closer)
  let expect: 'value' | 'key' | 'after' | 'key-or-close' | 'value-or-close' = 'value';
  for (;;) {
    ws();
    if (i >= text.length) return stack.length === 0 && expect === 'after' ? undefined : i;
    const c = text[i];
    if (expect === 'value' || expect === 'value-or-close') {
      if (expect === 'value-or-close' && c === ']') {
        stack.pop();
        i++;
        expect = 'after';
      } else if (c === '{') {
        stack.push('{');
        i++;
        expect = 'key-or-close';
      } else if (c === '[') {
        stack.push('[');
        i++;
        expect = 'value-or-close';
      } else if (scalar()) expect = 'after';
      else return i;
    } else if (expect === 'key' || expect === 'key-or-close') {
      if (expect === 'key-or-close' && c === '}') {
        stack.pop();
        i++;
        expect = 'after';
        continue;
      }
      if (!str()) return i;
      ws();
      if (text[i] !== ':') return i;
      i++;
      expect = 'value';
    } else {
      const top = stack[stack.length - 1];
      if (top === undefined) return i;
      if (c === ',') {
        i++;
        expect = top === '{' ? 'key' : 'value';
      } else if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
        stack.pop();
        i++;
      } else return i;
    }
  }
}
