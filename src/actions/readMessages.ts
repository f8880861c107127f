/** Messages between the page and the document reading worker (readDocument.worker.ts). */
import type { ImportResult } from '../io/jsonImport';
import type { Orchestration } from '../model/types';

export interface ReadRequest {
  id: number;
  text: string;
}

export interface ReadResponse {
  id: number;
  result: ImportResult<Orchestration>;
}
