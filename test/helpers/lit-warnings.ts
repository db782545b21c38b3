/**
 * The code of a warning Lit's development build issued (`change-in-update`, `dev-mode`…), read
 * from the link every such warning ends with; `undefined` for any other message.
 */
export function litWarningCode(message: string): string | undefined {
  return /See https:\/\/lit\.dev\/msg\/([\w-]*) for more information\.$/.exec(message)?.[1];
}
