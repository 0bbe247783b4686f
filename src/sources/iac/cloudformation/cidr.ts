/**
 * `Fn::Cidr [ipBlock, count, cidrBits]`: the first `count` subnets of `ipBlock` with `cidrBits`
 * host bits each. IPv4 and IPv6. Returns undefined for input CloudFormation would reject.
 */
export function cidrSubnets(ipBlock: string, count: number, cidrBits: number): string[] | undefined {
  const m = /^([^/]+)\/(\d{1,3})$/.exec(ipBlock.trim());
  if (!m || !Number.isInteger(count) || !Number.isInteger(cidrBits) || count < 1 || count > 256 || cidrBits < 0) return undefined;
  const addr = m[1] as string;
  const prefix = Number(m[2]);
  const v6 = addr.includes(':');
  const width = v6 ? 128 : 32;
  const base = v6 ? parseIpv6(addr) : parseIpv4(addr);
  if (base === undefined || prefix > width) return undefined;
  const newPrefix = width - cidrBits;
  if (newPrefix < prefix) return undefined;
  if (BigInt(count) > 1n << BigInt(newPrefix - prefix)) return undefined;
  const size = 1n << BigInt(cidrBits);
  const start = (base >> BigInt(width - prefix)) << BigInt(width - prefix);
  const out: string[] = [];
  for (let i = 0n; i < BigInt(count); i++) {
    const net = start + i * size;
    out.push(`${v6 ? formatIpv6(net) : formatIpv4(net)}/${newPrefix}`);
  }
  return out;
}

function parseIpv4(s: string): bigint | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  let n = 0n;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
    n = (n << 8n) | BigInt(Number(p));
  }
  return n;
}

function formatIpv4(n: bigint): string {
  return [24n, 16n, 8n, 0n].map((s) => String((n >> s) & 255n)).join('.');
}

function parseIpv6(s: string): bigint | undefined {
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] ? (halves[0] as string).split(':') : [];
  const tail = halves.length === 2 && halves[1] ? (halves[1] as string).split(':') : [];
  const missing = 8 - head.length - tail.length;
  if ((halves.length === 1 && missing !== 0) || missing < 0) return undefined;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  let n = 0n;
  for (const g of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
    n = (n << 16n) | BigInt(parseInt(g, 16));
  }
  return n;
}

function formatIpv6(n: bigint): string {
  const groups: string[] = [];
  for (let s = 112n; s >= 0n; s -= 16n) groups.push(((n >> s) & 0xffffn).toString(16));
  // Compress the longest run of zero groups, as AWS prints them.
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== '0') {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === '0') j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  if (best < 0) return groups.join(':');
  return `${groups.slice(0, best).join(':')}::${groups.slice(best + bestLen).join(':')}`;
}
