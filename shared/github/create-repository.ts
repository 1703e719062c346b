// Creates a GitHub repository for an ML project (`ml-hub init --create OWNER/NAME`): under the token's own account
// when OWNER is its login, else in the organization OWNER; then tags it with topics so it can be found.

import type { GitHubClient } from './client.js';
import { explainGitHubError } from './errors.js';

export interface CreatedRepository {
  fullName: string;
  cloneUrl: string;
  htmlUrl: string;
}

export class CreateRepositoryError extends Error {}

export const mlTopics = ['machine-learning', 'mlflow'];

async function tokenLogin(client: GitHubClient): Promise<string | undefined> {
  try {
    return (await client.rest.users.getAuthenticated()).data.login;
  } catch {
    // An app installation token has no user; the repository can only go to an organization then.
    return undefined;
  }
}

export async function createRepository(
  client: GitHubClient,
  target: { owner: string; name: string; private: boolean; description?: string },
): Promise<CreatedRepository> {
  const fullName = `${target.owner}/${target.name}`;
  const login = await tokenLogin(client);
  const forUser = login !== undefined && login.toLowerCase() === target.owner.toLowerCase();
  let data;
  try {
    const body = { name: target.name, private: target.private, description: target.description };
    data = forUser
      ? (await client.rest.repos.createForAuthenticatedUser(body)).data
      : (await client.rest.repos.createInOrg({ org: target.owner, ...body })).data;
  } catch (error) {
    if ((error as { status?: number }).status === 422 && /already exists/i.test(JSON.stringify((error as { response?: { data?: unknown } }).response?.data ?? ''))) {
      throw new CreateRepositoryError(`${fullName} already exists on GitHub; choose another name, or use it as it is: git remote add origin <its URL>.`);
    }
    const where = forUser ? 'your account' : `the organization ${target.owner}`;
    throw new CreateRepositoryError(explainGitHubError(error, `create ${fullName} in ${where}`));
  }
  try {
    await client.rest.repos.replaceAllTopics({ owner: data.owner.login, repo: data.name, names: mlTopics });
  } catch (error) {
    throw new CreateRepositoryError(explainGitHubError(error, `set the topics of ${data.full_name} (it was created)`));
  }
  return { fullName: data.full_name, cloneUrl: data.clone_url, htmlUrl: data.html_url };
}
