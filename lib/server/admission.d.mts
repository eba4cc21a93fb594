// Types for admission.mjs (plain JavaScript so that `node server.mjs` runs it without a compiler).
export interface AdmissionRequest {
  destroyed?: boolean;
}
export interface AdmissionResponse {
  destroyed?: boolean;
  headersSent?: boolean;
  statusCode: number;
  setHeader: (name: string, value: string) => unknown;
  end: (body?: string) => unknown;
}
export const MAX_WAITING: number;
export function admitOnePerTurn<Req extends AdmissionRequest, Res extends AdmissionResponse>(
  handler: (req: Req, res: Res) => unknown,
  onError?: (error: unknown, req: Req) => void,
  options?: { maxWaiting?: number },
): { listener: (req: Req, res: Res) => void; pending: () => number };
