import * as migration_20261123_113552_initial from './20261123_113552_initial';
import * as migration_20261123_132358_review from './20261123_132358_review';

export const migrations = [
  {
    up: migration_20261123_113552_initial.up,
    down: migration_20261123_113552_initial.down,
    name: '20261123_113552_initial',
  },
  {
    up: migration_20261123_132358_review.up,
    down: migration_20261123_132358_review.down,
    name: '20261123_132358_review'
  },
];
