/** What a run read: files, and the programmes, modules and hours of the valid documents. */
export interface RepositoryCounts {
  readonly files: number;
  readonly programmes: number;
  readonly modules: number;
  readonly hours: number;
}
