/**
 * Shell scripts for the differential parser test: hand-written fragments covering the syntax the
 * parser must handle, combined at random (seeded, so every run compares the same scripts), and
 * mutated copies (cut short, a character deleted or inserted) for the syntax-error paths.
 */
const FRAGMENTS = [
  'apt-get update && apt-get install -y --no-install-recommends curl ca-certificates',
  'echo \'single $(not) `cmd`\' "double $(uname -r) and `uname -m`"',
  "printf $'tab\\there \\'quoted\\'' | tee /tmp/x",
  'echo foo\\ bar baz\\\\ qux \\$HOME',
  'ls -la \\\n  /tmp \\\n  /var',
  'echo a # a comment with modprobe x',
  'echo not#comment',
  'X=$(cat /etc/os-release | grep "^ID=" | cut -d= -f2) make install',
  'out=$(case "$x" in a) echo a;; b|c) echo "b)";; *) echo d;; esac)',
  'v=$(echo "$(echo "nested (parens) here")")',
  'echo ${HOME:-/root} ${x#*/} ${y//a/b} ${#z} ${arr[@]} ${v:-$(uname -r)} "${w:+"$(id -u)"}"',
  'echo $((1 + $(nproc) * 2)) $(( (3) ))',
  'diff <(sort a) >(tee log) <(cat b)',
  'cmd 2>&1 >/dev/null &>/tmp/all &>>/tmp/app >|force <>rw 3<&0 4>&- <<<"here $(string)" {fd}>/tmp/fd',
  'cat <<EOF > /etc/sysctl.d/99.conf\nnet.ipv4.ip_forward=1\n$(echo sub)\nEOF',
  "cat <<-'EOF' | sh\n\tmodprobe br_netfilter\n\tEOF",
  'cat <<"EOF" >> /x\n$(not run)\nEOF',
  'cat <<A <<B\na body\nA\nb body $(b)\nB',
  'sh <<EOF\nsysctl -w vm.max_map_count=262144\nEOF',
  'FOO=1 BAR="$(date)" env',
  'if [ -f /x ]; then modprobe a; elif test -d /y; then b; else c; fi',
  'for i in 1 2 3; do echo $i; done',
  'for ((i=0; i<3; i++)); do echo $i; done',
  'while read -r l; do echo "$l"; done < /etc/passwd',
  'until false; do break; done',
  'case $(uname -m) in x86_64) A=amd64 ;; aarch64|arm64) A=arm64 ;& *) A=other ;;& esac',
  '{ echo a; echo b; } > /tmp/ab',
  '( cd /tmp && make ) || exit 1',
  'f() { sysctl -w a=1; }; f',
  'function g { echo g; }',
  'function h() ( echo h )',
  '[[ -n "$x" && $(uname) == Linux || $y =~ ^(a|b)+$ ]] && echo ok',
  '(( x = $(nproc) + 1 )) && echo $x',
  'declare -a arr=(one "two three" $(echo four)) && export PATH=$PATH:/opt/bin A=$(id -u) && local l=1',
  'readonly R=1; typeset T=2; arr+=(x) b[2]=y',
  'coproc cat /dev/null',
  'time make -j"$(nproc)"',
  '! grep -q foo /etc/hosts',
  'a | b |& c',
  'sleep 1 & wait',
  'sudo -u nobody sh -c "modprobe wireguard && echo ok"',
  "bash -euxc 'ip link add dummy0 type dummy'",
  'busybox modprobe loop',
  '`which modprobe` -a loop',
  'echo `echo \\`inner\\``',
  'rm -rf !(keep) @(a|b).txt',
  'echo {a,b}.conf ~user/x ~/y a=b',
  'exec "$@"',
  'let "a = 1 + 2" b=3',
  'echo if then fi do done esac',
  'x=1\ny=2',
  'echo "multi\nline $(string)"',
  'echo héllo wörld 😀 $(echo ünïcode)',
  'true;false',
  'cmd >out 2>err <in',
  '>/tmp/empty',
  'echo done; ',
];

/** More single cases, compared as they are (after the generated ones, so those stay the same). */
const SINGLE = [
  'x=$(cat <<EOF\nbody $(inner)\nEOF\n)\necho after',
  'cat <<EOF && echo next\nbody\nEOF',
  'cat <<EOF;\nb\nEOF\nls',
  'a \\\r\nb\r\nc',
  'echo a\r\necho b',
  'case x in\n# c\na) b;;\nesac',
  'for x; do y; done',
  'for x do y; done',
  'select s in a b; do c; done',
  'echo $( (a) ); echo $( (a); b )',
  'f () { a; }',
  'a=(1 2\n3) b',
  'echo ${x/\\//y} ${#} ${!x} ${x[$(i)]}',
  'echo "$(echo \')\')"',
  'echo "`echo \\"x\\"`"',
  'a <<EOF | b <<EOF2\n1\nEOF\n2\nEOF2',
  'cat <<EOF\n\\$(no)\n$(yes)\nEOF',
  'echo $"x"',
  'time',
  'time -p ls | wc',
  '! a | b',
  'if a\nthen b\nfi',
  '{ a\n}',
  'echo `a \\`b c\\` d`',
  'let x=$(foo) y=1',
  'coproc NAME { a; }; coproc { b; }; coproc cat /dev/null; coproc N (c); coproc d',
  'a[$(i)]=1 cmd',
  '[[ a < b && $(c) > d ]]; declare -A m=([k]=$(v)); local -r x=$(y)',
  'echo ${x:-`a`} $[1+2]; a=$((x+$(y))); case $(a) in $(b)) c;; esac',
  'exec {fd}>&-; echo "${a[@]/#/-}"',
];

const SEPARATORS = ['; ', ' && ', ' || ', ' | ', '\n', ' &\n', ' && \\\n  ', ';\n'];
const NOISE = ["'", '"', '$', '(', ')', '`', '{', '}', '|', ';', '&', '<', '>', '\\', '\n', '#', ' ', 'x', '<<E\n', 'fi', 'do'];

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generatedScripts(): string[] {
  const random = rng(19);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const out = [...FRAGMENTS];
  for (let n = 0; n < 300; n++) {
    const k = 1 + Math.floor(random() * 5);
    let s = pick(FRAGMENTS);
    for (let j = 1; j < k; j++) s += pick(SEPARATORS) + pick(FRAGMENTS);
    out.push(s);
  }
  const base = out.length;
  for (let n = 0; n < 400; n++) {
    const s = out[Math.floor(random() * base)];
    const at = Math.floor(random() * (s.length + 1));
    const m = n % 3;
    out.push(m === 0 ? s.slice(0, at) : m === 1 ? s.slice(0, at) + s.slice(at + 1) : s.slice(0, at) + pick(NOISE) + s.slice(at));
  }
  return [...out, ...SINGLE];
}
