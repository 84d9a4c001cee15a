export const START: string;
export const END: string;
export function renderSection(results: unknown): string;
export function replaceSection(readme: string, section: string): string | undefined;
export function updateReadme(results: unknown, readmePath: string): boolean;
