import type { Lesson } from '../types.ts';
import { AUTH, JSON_ACCEPT, http } from './http.ts';

const start = http('POST /leagues/seattle/generate-report HTTP/1.1', [AUTH, JSON_ACCEPT]);
const poll = http('GET {{location}} HTTP/1.1', [AUTH, JSON_ACCEPT]);
const follow = http('GET {{location}} HTTP/1.1', [AUTH, JSON_ACCEPT]);

export const asyncJobs = {
  id: 'async-jobs',
  order: 14,
  topics: ['async'],
  title: { en: 'Async work: 202, then 303', ko: '비동기 작업: 202, 그다음 303' },
  summary: {
    en: 'Start a long job, poll its status resource, and get sent to the result.',
    ko: '오래 걸리는 작업을 시작하고, 상태 리소스를 확인하다가, 결과로 안내받습니다.',
  },
  body: {
    en: `Some work takes too long to finish within one request. The server then answers **202 Accepted**: "your request is valid and queued, but not done yet, and it may still fail." \`Location\` points to a **job** (status) resource.

The client polls that job with GET:

- while it runs, the job answers \`200 OK\` with its state;
- when it is done, it answers **303 See Other**, with \`Location\` pointing to the result. 303 tells the client to fetch that other resource with GET, whatever method it used before.

In the Rulebook's terms, only a **controller** resource answers 202. Other archetypes either do the work or refuse it.`,
    ko: `어떤 작업은 요청 하나가 끝나기 전에 마치기에는 너무 오래 걸립니다. 그럴 때 서버는 **202 Accepted**로 응답합니다. "요청은 유효하고 대기열에 들어갔지만 아직 끝나지 않았으며, 끝까지 처리하는 동안 실패할 수도 있다"는 뜻입니다. \`Location\`은 **작업(job)** 상태 리소스를 가리킵니다.

클라이언트는 이 작업 리소스에 GET을 보내 상태를 확인(polling)합니다.

- 작업이 진행 중이면 작업 리소스는 현재 상태를 담아 \`200 OK\`로 응답합니다.
- 작업이 끝나면 **303 See Other**로 응답하고, \`Location\`으로 결과를 가리킵니다. 303은 이전에 어떤 메서드를 썼든 그 리소스를 GET으로 가져오라는 뜻입니다.

REST API 설계 규칙에 따르면 202로 응답하는 것은 **컨트롤러** 리소스뿐입니다. 다른 유형의 리소스는 작업을 바로 처리하거나 거절합니다.`,
  },
  start,
  goals: [
    {
      id: 'accepted',
      text: {
        en: 'Ask the league for a standings report and get `202 Accepted` with a `Location`.',
        ko: '리그 순위 보고서를 요청해서 `Location`이 있는 `202 Accepted`를 받으세요.',
      },
      check: { method: 'POST', status: 202, responseHeaders: [{ name: 'location' }] },
      solution: [start],
    },
    {
      id: 'see-other',
      text: {
        en: 'Poll the job until it answers `303 See Other`, then follow it to the result (`200 OK`).',
        ko: '작업이 `303 See Other`로 응답할 때까지 확인한 다음, 결과(`200 OK`)까지 따라가세요.',
      },
      check: {
        method: 'POST',
        status: 202,
        then: [
          { method: 'GET', pathFromLocation: true, status: 303 },
          { method: 'GET', pathFromLocation: true, status: 200 },
        ],
      },
      solution: [start, { request: poll, until: 303 }, follow],
    },
  ],
  hints: [
    {
      en: 'Send the POST as it is and copy the path in `Location`.',
      ko: 'POST를 그대로 보내고 `Location`의 경로를 복사하세요.',
    },
    {
      en: 'GET that path. While the job runs (about ten seconds) it answers 200; send the same GET again a little later.',
      ko: '그 경로로 GET을 보내세요. 작업이 진행되는 동안(10초 정도)은 200으로 응답하니, 잠시 뒤에 같은 GET을 다시 보내세요.',
    },
    {
      en: 'When you get 303, GET the path in its `Location`.',
      ko: '303을 받으면 그 응답의 `Location`에 있는 경로로 GET을 보내세요.',
    },
  ],
  see: [
    'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.3',
    'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4',
    'https://www.rfc-editor.org/rfc/rfc9110#section-10.2.2',
  ],
} as const satisfies Lesson;
