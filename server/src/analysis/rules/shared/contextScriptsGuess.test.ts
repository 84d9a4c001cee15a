/**
 * A later COPY whose source is taken for a folder only because its name has no extension (`COPY update-config /`)
 * does not hide the file an earlier COPY put there by name: HTCondor's base image copies start.sh, then update-config
 * and update-secrets, all to `/`, and runs `/bin/bash -x /start.sh`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument, contextPathsOf } from '../../analyze';
import { BlockCache, buildModel } from '../../document';
import { hoverAt } from '../../hover';
import { TODAY, target } from '../testKit';

const paths = (text: string): string[] => contextPathsOf(buildModel(text, new BlockCache()));

test('a COPY taken for a folder by guess leaves the earlier COPY of the file as the next candidate', () => {
  const text = 'FROM centos:7\nCOPY start.sh /\nCOPY update-config /\nCMD ["/bin/bash", "-x", "/start.sh"]\n';
  assert.deepEqual(paths(text), ['update-config/start.sh', 'start.sh']);
  // A folder for certain (`conf/`, `.`) or a file copied by name decides alone, as before.
  assert.deepEqual(paths('FROM centos:7\nCOPY start.sh /\nCOPY conf/ /\nCMD ["/start.sh"]\n'), ['conf/start.sh']);
  assert.deepEqual(paths('FROM centos:7\nCOPY old/start.sh /\nCOPY start.sh /\nCMD ["/start.sh"]\n'), ['start.sh']);
});

test("the script is then read: HTCondor's start.sh raising the open-files limit explains the CMD", () => {
  const text = 'FROM centos:7\nCOPY start.sh /\nCOPY update-config /\nCMD ["/bin/bash", "-x", "/start.sh"]\n';
  const script = '#!/bin/bash\nhard_max=$(ulimit -Hn)\nulimit -Hn "$hard_max"\nexec /usr/bin/supervisord -c /etc/supervisord.conf\n';
  const result = analyzeDocument(text, { target: target(), today: TODAY, contextFiles: new Map([['start.sh', script]]) });
  const hover = hoverAt(result, { line: 3, character: text.split('\n')[3].indexOf('/start.sh') }, TODAY);
  assert.match(hover?.markdown ?? '', /Resource limits \(ulimit, locked memory\)/);
});
