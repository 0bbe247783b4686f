import { describe, expect, it } from 'vitest';
import type { Template } from './ast.js';
import { parseHcl } from './index.js';
import { exprOf, sexpr } from './testing.js';

const s = (src: string): string => sexpr(exprOf(src));

/** The text of a template made only of literals (after strip markers and heredoc indentation). */
function text(src: string): string {
  const e = exprOf(src) as Template;
  expect(e.type).toBe('Template');
  return e.parts.map((p) => (p.type === 'TemplateLiteral' ? p.value : `<${p.type}>`)).join('');
}

describe('quoted templates', () => {
  it('decodes escapes', () => {
    expect(text('x = "a\\nb\\tc\\r\\"q\\" \\\\ \\u00e9 \\U0001F600"')).toBe('a\nb\tc\r"q" \\ é 😀');
  });

  it('keeps $${ and %%{ as literal sequences', () => {
    expect(text('x = "$${not_interp} %%{not_directive} $x %y $$"')).toBe('${not_interp} %{not_directive} $x %y $$');
  });

  it('parses interpolation, including nested templates', () => {
    expect(s('x = "a-${var.b}-c"')).toBe('(tpl "a-" ${(. var b)} "-c")');
    expect(s('x = "${"${a}"}"')).toBe('(tpl ${(tpl ${a})})');
    expect(s('x = "${ "${ "${a}-x" }" }"')).toBe('(tpl ${(tpl ${(tpl ${a} "-x")})})');
    expect(s('x = "${ { a = "}" }.a }"')).toBe('(tpl ${(. {a=(tpl "}")} a)})');
  });

  it('parses if/else and for directives', () => {
    expect(s('x = "%{ if a }yes%{ else }no%{ endif }"')).toBe('(tpl (%if a ["yes"] else ["no"]))');
    expect(s('x = "%{ for k, v in m }${k}=${v};%{ endfor }"')).toBe('(tpl (%for k,v m [${k} "=" ${v} ";"]))');
    expect(s('x = "%{ if a }%{ for i in l }${i}%{ endfor }%{ endif }"')).toBe('(tpl (%if a [(%for i l [${i}])]))');
  });

  it('applies strip markers on both sides', () => {
    const e = exprOf('x = "a  ${~ b ~}  c %{~ if d ~}  e  %{~ endif ~}  f"') as Template;
    expect(sexpr(e)).toBe('(tpl "a" ${b} "c" (%if d ["e"]) "f")');
    const interp = e.parts[1]!;
    expect(interp.type === 'TemplateInterpolation' && [interp.stripLeft, interp.stripRight]).toEqual([true, true]);
  });

  it('reports invalid escapes with their position', () => {
    const r = parseHcl('x = "a\\qb"\n', 't.tf');
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ file: 't.tf', line: 1, column: 7 });
    expect(r.diagnostics[0]!.message).toMatch(/Invalid escape sequence/);
  });

  it('reports an unterminated string and a stray directive', () => {
    expect(parseHcl('x = "abc\ny = 1\n', 't.tf').diagnostics[0]!.message).toMatch(/Unterminated string/);
    expect(parseHcl('x = "%{ endif }"\n', 't.tf').diagnostics[0]!.message).toMatch(/no open if/);
    expect(parseHcl('x = "%{ if a }b"\n', 't.tf').diagnostics[0]!.message).toMatch(/Unterminated "%\{ if \}"/);
  });
});

describe('heredocs', () => {
  it('keeps indentation in the <<EOF form and allows an indented closing marker', () => {
    expect(text('x = <<EOT\n    Foo\n      Bar\n  EOT\n')).toBe('    Foo\n      Bar\n');
    expect(text('x = <<EOT\nFoo\n\nBar\nEOT\n')).toBe('Foo\n\nBar\n');
  });

  it('does not end on a line that merely ends with the marker', () => {
    expect(text('x = <<EOT\n    NOT EOT\n  EOT\n')).toBe('    NOT EOT\n');
  });

  it('strips the smallest indentation in the <<-EOF form', () => {
    expect(text('x = <<-EOT\n    Foo\n      Bar\n    Baz\n  EOT\n')).toBe('Foo\n  Bar\nBaz\n');
    expect(text('x = <<-EOT\n    Foo\n  Bar\n    Baz\n  EOT\n')).toBe('  Foo\nBar\n  Baz\n');
    expect(text('x = <<-EOT\n    Foo\n\n    Bar\n  EOT\n')).toBe('Foo\n\nBar\n');
    expect(text('x = <<-EOT\n\tFoo\n\t Bar\n\tEOT\n')).toBe('Foo\n Bar\n');
  });

  it('counts the indentation before an interpolation, not the value', () => {
    expect(s('x = <<-EOT\n    Foo\n  ${bar}\n    Baz\n  EOT\n')).toBe('(tpl "  Foo\\n" ${bar} "\\n" "  Baz\\n")');
    expect(s('x = <<-EOT\n    Foo\n      ${bar}\n    Baz\n  EOT\n')).toBe('(tpl "Foo\\n" "  " ${bar} "\\n" "Baz\\n")');
  });

  it('supports interpolation and directives, no backslash escapes, and literal $${', () => {
    const src = 'x = <<-EOT\n  %{ for s in l ~}\n  run ${s} \\n $${HOME}\n  %{ endfor ~}\n  done\n  EOT\n';
    expect(s(src)).toBe('(tpl (%for s l ["run " ${s} " \\\\n ${HOME}\\n"]) "done\\n")');
  });

  it('records the marker, form and range', () => {
    const e = exprOf('x = <<-POLICY\n  {}\n  POLICY\ny = 1\n') as Template;
    expect(e.heredoc).toEqual({ marker: 'POLICY', flush: true });
    expect(e.range.start).toEqual({ line: 1, column: 5, byte: 4 });
    expect(e.range.end).toEqual({ line: 3, column: 9, byte: 27 });
  });

  it('reports an unterminated heredoc at its opening', () => {
    const r = parseHcl('a = 1\nx = <<EOT\nabc\n', 't.tf');
    expect(r.diagnostics[0]).toMatchObject({ line: 2, column: 5 });
    expect(r.diagnostics[0]!.message).toMatch(/Unterminated heredoc.*"EOT"/);
  });
});
