// Errors the lake answers with, in the Content Lake's shape: an HTTP status and a body whose
// `error.description` says what went wrong (and `error.items` which mutation, for transactions).

export interface LakeErrorBody {
  error: {description: string; type: string; items?: {error: {description: string; type: string}; index: number}[]}
  statusCode?: number
}

export class LakeError extends Error {
  override name = 'LakeError'
  readonly status: number
  readonly type: string
  /** The index of the mutation or action that failed, when one did. */
  readonly index: number | undefined

  constructor(status: number, type: string, message: string, index?: number) {
    super(message)
    this.status = status
    this.type = type
    this.index = index
  }

  toBody(): LakeErrorBody {
    const item = {description: this.message, type: this.type}
    return {
      error: {
        description: this.index === undefined ? this.message : `The mutation(s) failed: ${this.message}`,
        type: this.index === undefined ? this.type : 'mutationError',
        ...(this.index === undefined ? {} : {items: [{error: item, index: this.index}]}),
      },
      statusCode: this.status,
    }
  }
}

export const notFound = (what: string) => new LakeError(404, 'notFound', what)
export const badRequest = (what: string) => new LakeError(400, 'badRequest', what)
