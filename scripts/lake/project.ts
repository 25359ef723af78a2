// What the Studio asks about the project, the user and optional features when it starts. The lake
// has one local user, an administrator; features it does not implement (releases, schedules,
// comments, tasks, media library) get valid empty answers, so the Studio shows no error for them.

export const LOCAL_USER = {
  id: 'p-local-editor',
  name: 'Local editor',
  email: 'editor@localhost',
  profileImage: null,
  provider: 'local',
  role: 'administrator',
  roles: [{name: 'administrator', title: 'Administrator', description: 'The only user of the local Content Lake'}],
}

const ALL_DOCUMENTS = [{filter: '_id in path("**")', permissions: ['read', 'create', 'history', 'update', 'manage']}]

const grant = (...names: string[]) => [{grants: names.map((name) => ({name, params: {}})), config: {}}]

export function projectAnswers(projectId: string, dataset: string) {
  const project = {
    id: projectId,
    displayName: 'Local content (not connected to sanity.io)',
    studioHost: null,
    isBlocked: false,
    isDisabled: false,
    isDisabledByUser: false,
    metadata: {color: null, externalStudioHost: null},
    maxRetentionDays: 0,
    activityFeedEnabled: false,
    organizationId: null,
    features: [],
    pendingInvites: 0,
    createdAt: '2026-01-01T00:00:00.000Z',
    members: [{...LOCAL_USER, isCurrentUser: true, isRobot: false, createdAt: '2026-01-01T00:00:00.000Z'}],
  }
  /** Exact paths (after the API version) and their answers. */
  const exact: Record<string, unknown> = {
    '/users/me': LOCAL_USER,
    [`/projects/${projectId}`]: project,
    [`/projects/${projectId}/datasets`]: [{name: dataset, aclMode: 'private', createdAt: '2026-01-01T00:00:00.000Z'}],
    [`/projects/${projectId}/datasets/${dataset}/acl`]: ALL_DOCUMENTS,
    [`/projects/${projectId}/grants`]: {
      'sanity.project': grant('read', 'update', 'delete', 'createSession'),
      'sanity.project.datasets': grant('read'),
      'sanity.project.members': grant('read'),
    },
    [`/projects/${projectId}/roles`]: LOCAL_USER.roles,
    [`/projects/${projectId}/features`]: [],
    [`/projects/${projectId}/user-applications`]: [],
    [`/projects/${projectId}/datasets/${dataset}/settings/indexing`]: {},
    '/features': [],
    '/ping': 'PONG',
    '/help': {},
  }
  /** Prefixes of optional features the lake answers with "nothing here". */
  const empty: [RegExp, unknown][] = [
    [/^\/users\/me\/keyvalue/, []],
    [/^\/users\/[^/]+$/, [LOCAL_USER]],
    [/^\/journey\//, {}],
    [/^\/schedules\//, {schedules: []}],
    [/^\/media-libraries/, {data: []}],
    [/^\/check\/cors/, {ok: true}],
    // Nothing leaves this machine, so there is no telemetry to consent to.
    [/^\/intake\/telemetry-status/, {status: 'denied'}],
    [/^\/projects\/[^/]+\/user-applications\//, {}],
  ]
  return {
    answer(pathname: string, search: URLSearchParams): {found: true; body: unknown} | {found: false} {
      // Add-on datasets (comments) do not exist here.
      if (search.has('datasetProfile')) return {found: true, body: []}
      if (pathname in exact) return {found: true, body: exact[pathname]}
      for (const [pattern, body] of empty) if (pattern.test(pathname)) return {found: true, body}
      return {found: false}
    },
  }
}
