"""A full create, read, update, delete flow against the mock API with Python requests.
Prints one JSON line per step, so the test can check what a client nobody here wrote saw."""
import json
import sys

import requests

base = sys.argv[1]
steps = []


def step(name, r):
    steps.append({"step": name, "status": r.status_code, "headers": {k.lower(): v for k, v in r.headers.items()},
                  "body": r.text})


r = requests.post(f"{base}/tokens", json={})
step("token", r)
auth = {"Authorization": f"Bearer {r.json()['token']}"}

r = requests.post(f"{base}/users", json={"name": "파이썬 학습자", "email": "python.learner@example.com"}, headers=auth)
step("create", r)
location = r.headers["Location"]
url = location if location.startswith("http") else base + location

r = requests.get(url, headers={**auth, "Accept": "application/json"})
step("read", r)
etag = r.headers.get("ETag")

r = requests.patch(url, data=json.dumps({"name": "이름을 바꾼 학습자"}),
                   headers={**auth, "Content-Type": "application/merge-patch+json", "If-Match": etag})
step("update", r)

r = requests.get(url, headers=auth)
step("read-again", r)

r = requests.delete(url, headers=auth)
step("delete", r)

r = requests.get(url, headers=auth)
step("gone", r)

print(json.dumps(steps, ensure_ascii=False))
