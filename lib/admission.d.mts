// Types for admission.mjs (plain JavaScript so that `node server.mjs` runs it without a compiler).
export interface AdmissionRequest { destroyed?: boolean }
export interface AdmissionResponse {
  destroyed?: boolean;
  headersSent?: boolean;
  statusCode: number;
  end: (body?: string) => unknown;
}
export function admitOnePerTurn<Req extends AdmissionRequest, Res extends AdmissionResponse>(
  handler: (req: Req, res: Res) => unknown,
  onError?: (error: unknown, req: Req) => void,
): { listener: (req: Req, res: Res) => void; pending: () => number };
