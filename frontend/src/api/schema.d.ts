// The API types live with the TypeScript client package (clients/typescript), generated from
// openapi/openapi.json by `npm run gen:api`.
export type * from '../../../clients/typescript/schema'
