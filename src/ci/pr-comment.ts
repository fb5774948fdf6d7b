/*
 * Which comment of a pull request is ours: the first one whose body starts
 * with the marker. The workflow then updates it instead of posting another.
 */

export interface IssueComment {
  id: number;
  body: string;
}

export type CommentAction = { kind: 'update'; id: number } | { kind: 'create' };

export function commentAction(comments: readonly IssueComment[], marker: string): CommentAction {
  const ours = comments.find((c) => c.body.trimStart().startsWith(marker));
  return ours ? { kind: 'update', id: ours.id } : { kind: 'create' };
}
