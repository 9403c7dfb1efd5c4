// Fails when ../clients/typescript/schema.d.ts is not what openapi-typescript makes of ../openapi/openapi.json,
// i.e. when the contract changed and `npm run gen:api` was not run.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const contract = resolve(root, '../openapi/openapi.json')
const committed = resolve(root, '../clients/typescript/schema.d.ts')

if (!existsSync(contract)) {
  console.error(`check:api: ${contract} does not exist; generate the contract first.`)
  process.exit(1)
}

const dir = mkdtempSync(join(tmpdir(), 'dangjian-schema-'))
try {
  const fresh = join(dir, 'schema.d.ts')
  const run = spawnSync(join(root, 'node_modules/.bin/openapi-typescript'), [contract, '-o', fresh], {
    cwd: root,
    encoding: 'utf8',
  })
  if (run.status !== 0) {
    console.error(`check:api: openapi-typescript failed:\n${run.stderr || run.stdout}`)
    process.exit(1)
  }
  const current = existsSync(committed) ? readFileSync(committed, 'utf8') : ''
  if (readFileSync(fresh, 'utf8') !== current) {
    console.error(
      'check:api: clients/typescript/schema.d.ts is out of date with openapi/openapi.json.\n' +
        'Run `npm run gen:api` in frontend/, fix any type errors, and commit the result.',
    )
    process.exit(1)
  }
  console.log('check:api: clients/typescript/schema.d.ts matches openapi/openapi.json')
} finally {
  rmSync(dir, { recursive: true, force: true })
}
