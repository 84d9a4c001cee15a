import type { InstructionBlock } from '../document';
import type { Range } from '../types';

/** One shell word with its place in the document. */
export interface ShellWord {
  /** Source text of the word, quotes included. */
  raw: string;
  /** Literal value after quote removal; undefined when it contains expansions ($VAR, $(…), `…`) that cannot be known statically. */
  value?: string;
  /** Absolute document range of the word. */
  range: Range;
}

export interface ShellRedirect {
  /** '>', '>>', '<', '2>', '<<' … */
  op: string;
  target: ShellWord;
}

/** A simple command found by parsing the shell of an instruction. */
export interface ShellCommand {
  /** Program name: basename of the command word after wrappers (sudo, env, exec, nohup, time, nice, chroot …) are peeled, e.g. '/sbin/modprobe' → 'modprobe'. */
  name: string;
  /** The word naming the program (after wrappers). */
  nameWord: ShellWord;
  /** Arguments after the program name. */
  args: ShellWord[];
  redirects: ShellRedirect[];
  /** From the start of the name word (or the first wrapper) to the end of the last argument/redirect. */
  range: Range;
  /** Instruction keyword the command belongs to. */
  instruction: 'RUN' | 'CMD' | 'ENTRYPOINT' | 'HEALTHCHECK';
  /** 'build' for RUN; 'start' for CMD / ENTRYPOINT / HEALTHCHECK. */
  phase: 'build' | 'start';
  block: InstructionBlock;
  /** Inside $(…) or backticks of another command; `enclosingWord` is the word containing the substitution. */
  inSubstitution: boolean;
  enclosingWord?: ShellWord;
  /** Body text of a heredoc fed to this command on stdin, if any (e.g. `cat <<EOF > /etc/sysctl.conf`). */
  stdinHeredoc?: string;
  /**
   * How to remove this command from its list while keeping the rest intact: the text range to delete
   * (including one adjacent `&&`/`;`/`||` operator and the whitespace/continuation it owns).
   * `leavesEmpty` is true when the instruction would have no command left (then delete the instruction).
   * Absent when removal is not safely expressible (e.g. inside a pipeline, a substitution, or an `if`).
   */
  removal?: { range: Range; leavesEmpty: boolean };
  /**
   * Literal values of the shell variables the same script assigned before this command, in text order
   * (`needed="kmod iptables" && apt-get install $needed`). Absent when none. What the command may see, not what it
   * must: an assignment in a branch not taken counts too, so a reader explains with it and never reports on it.
   */
  shellVariables?: ReadonlyMap<string, string>;
  /**
   * The command's own environment assignments written before its name (`FEATURES="-pid-sandbox" emerge …`), each word
   * the whole `NAME=value` text. Absent when none. They set the variable for that command only (not shellVariables).
   */
  environment?: readonly ShellWord[];
}
