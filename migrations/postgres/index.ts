import * as migration_20261123_113552_initial from './20261123_113552_initial';
import * as migration_20261123_132358_review from './20261123_132358_review';
import * as migration_20261123_143706_jobs_comments from './20261123_143706_jobs_comments';
import * as migration_20261123_152221_feed_webhooks from './20261123_152221_feed_webhooks';
import * as migration_20261123_173731_revisions_document_index from './20261123_173731_revisions_document_index';
import * as migration_20261201_070143_integrity from './20261201_070143_integrity';
import * as migration_20261201_070410_public_note from './20261201_070410_public_note';
import * as migration_20261201_071054_published_store from './20261201_071054_published_store';
import * as migration_20261201_071746_security_allowed_hosts_no_lock from './20261201_071746_security_allowed_hosts_no_lock';
import * as migration_20261201_072125_review_events_board from './20261201_072125_review_events_board';
import * as migration_20261202_013655_reference_review_window from './20261202_013655_reference_review_window';
import * as migration_20261202_104304_pdq_content from './20261202_104304_pdq_content';
import * as migration_20261202_144832_webhook_attempt_once from './20261202_144832_webhook_attempt_once';
import * as migration_20261202_150000_search from './20261202_150000_search';
import * as migration_20261202_174322_section_edits from './20261202_174322_section_edits';

export const migrations = [
  {
    up: migration_20261123_113552_initial.up,
    down: migration_20261123_113552_initial.down,
    name: '20261123_113552_initial',
  },
  {
    up: migration_20261123_132358_review.up,
    down: migration_20261123_132358_review.down,
    name: '20261123_132358_review',
  },
  {
    up: migration_20261123_143706_jobs_comments.up,
    down: migration_20261123_143706_jobs_comments.down,
    name: '20261123_143706_jobs_comments',
  },
  {
    up: migration_20261123_152221_feed_webhooks.up,
    down: migration_20261123_152221_feed_webhooks.down,
    name: '20261123_152221_feed_webhooks',
  },
  {
    up: migration_20261123_173731_revisions_document_index.up,
    down: migration_20261123_173731_revisions_document_index.down,
    name: '20261123_173731_revisions_document_index',
  },
  {
    up: migration_20261201_070143_integrity.up,
    down: migration_20261201_070143_integrity.down,
    name: '20261201_070143_integrity',
  },
  {
    up: migration_20261201_070410_public_note.up,
    down: migration_20261201_070410_public_note.down,
    name: '20261201_070410_public_note',
  },
  {
    up: migration_20261201_071054_published_store.up,
    down: migration_20261201_071054_published_store.down,
    name: '20261201_071054_published_store',
  },
  {
    up: migration_20261201_071746_security_allowed_hosts_no_lock.up,
    down: migration_20261201_071746_security_allowed_hosts_no_lock.down,
    name: '20261201_071746_security_allowed_hosts_no_lock',
  },
  {
    up: migration_20261201_072125_review_events_board.up,
    down: migration_20261201_072125_review_events_board.down,
    name: '20261201_072125_review_events_board',
  },
  {
    up: migration_20261202_013655_reference_review_window.up,
    down: migration_20261202_013655_reference_review_window.down,
    name: '20261202_013655_reference_review_window',
  },
  {
    up: migration_20261202_104304_pdq_content.up,
    down: migration_20261202_104304_pdq_content.down,
    name: '20261202_104304_pdq_content',
  },
  {
    up: migration_20261202_144832_webhook_attempt_once.up,
    down: migration_20261202_144832_webhook_attempt_once.down,
    name: '20261202_144832_webhook_attempt_once',
  },
  {
    up: migration_20261202_150000_search.up,
    down: migration_20261202_150000_search.down,
    name: '20261202_150000_search',
  },
  {
    up: migration_20261202_174322_section_edits.up,
    down: migration_20261202_174322_section_edits.down,
    name: '20261202_174322_section_edits'
  },
];
