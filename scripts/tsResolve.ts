// Lets Node's type stripping load the site's modules, which import each other without the `.ts`
// extension (as Vite allows): a relative specifier without an extension also tries `<specifier>.ts`.
// Use: node --import ./scripts/tsResolve.ts ...
import {registerHooks} from 'node:module'
import path from 'node:path'

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (/^\.\.?\//.test(specifier) && !path.extname(specifier)) {
      try {
        return nextResolve(`${specifier}.ts`, context)
      } catch {
        // Not a TypeScript module: resolve the specifier as written.
      }
    }
    return nextResolve(specifier, context)
  },
})
