/**
 * A fresh store opens with the survey's 95 models as a public project, so that a new user finds the Survey page
 * filled; the models come from core's data table through the same path as an import of the survey's file.
 */
import { surveyRecords } from '@carbontrail/core/survey';
import { importedRunId } from './api/imports.ts';
import { ConflictError } from './errors.ts';
import type { Store } from './store/store.ts';

export const SURVEY_PROJECT = 'Counting Carbon survey';

/** Creates and fills the survey project when the store has no project yet; another hub doing it at once is fine. */
export async function seedSurveyProject(store: Store): Promise<{ project: string; runs: number } | undefined> {
  if ((await store.listProjects()).length > 0) return undefined;
  let project;
  try {
    project = await store.createProject({ name: SURVEY_PROJECT, visibility: 'public' });
  } catch (err) {
    if (err instanceof ConflictError) return undefined;
    throw err;
  }
  // stored under the ids an import of the survey's file into this project gives: importing it again adds nothing
  const r = await store.ingest(project.id, surveyRecords().map((record) => ({ record: { ...record, id: importedRunId(record.id, project.id), project: SURVEY_PROJECT } })));
  return { project: SURVEY_PROJECT, runs: r.accepted.length };
}
