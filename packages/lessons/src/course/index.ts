/** The course, in order. A new lesson is one file in this folder and one line here. */
import type { Lesson } from '../types.ts';
import { httpMessage } from './01-http-message.ts';
import { getAndHead } from './02-get-and-head.ts';
import { postCreate } from './03-post-create.ts';
import { putAndPatch } from './04-put-and-patch.ts';
import { deleteLesson } from './05-delete.ts';
import { methodProperties } from './06-method-properties.ts';
import { statusFamilies } from './07-status-families.ts';
import { uriDesign } from './08-uri-design.ts';
import { resourceArchetypes } from './09-resource-archetypes.ts';
import { contentNegotiation } from './10-content-negotiation.ts';
import { conditionalRequests } from './11-conditional-requests.ts';
import { caching } from './12-caching.ts';
import { auth } from './13-auth.ts';
import { asyncJobs } from './14-async-jobs.ts';
import { redirects } from './15-redirects.ts';
import { problemDetails } from './16-problem-details.ts';
import { openapi } from './17-openapi.ts';
import { pythonRequests } from './18-python-requests.ts';
import { restVsGraphql } from './19-rest-vs-graphql.ts';

export const LESSONS = [
  httpMessage,
  getAndHead,
  postCreate,
  putAndPatch,
  deleteLesson,
  methodProperties,
  statusFamilies,
  uriDesign,
  resourceArchetypes,
  contentNegotiation,
  conditionalRequests,
  caching,
  auth,
  asyncJobs,
  redirects,
  problemDetails,
  openapi,
  pythonRequests,
  restVsGraphql,
] as const satisfies readonly Lesson[];

export type LessonId = (typeof LESSONS)[number]['id'];
