/**
 * The shape of a saved query and its parameters: read from the .cypher headers by library.ts on the
 * server, and received by the UI from GET /api/queries. No Node imports, so both can use it.
 */

export const PARAM_TYPES = ["string", "integer", "number", "date", "boolean"] as const;
export type ParamType = (typeof PARAM_TYPES)[number];

export interface QueryParam {
  name: string;
  type: ParamType;
  default: string | number | boolean;
  description: string;
  /** For integers and numbers: the accepted range, written `integer(1..5)` in the header. */
  min?: number;
  max?: number;
}

export interface SavedQuery {
  name: string;
  title: string;
  description: string;
  returns: string;
  params: QueryParam[];
  cypher: string;
}
