// PLACEHOLDER until the shell layer lands (owned by the shell/rules engineer): returns no commands.
import type { DockerfileModel } from '../document';
import type { ShellCommand } from './types';
export function commandsOfModel(_model: DockerfileModel): ShellCommand[] {
  return [];
}
