// `pnpm seed`: creates the demo network. With --reset, first empties the database (demo use only).
import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { User } from '../modules/accounts/user.entity.js';
import { openDatabase } from './orm.js';
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemoNetwork } from './seed.js';

const config = loadConfig();
const orm = await openDatabase(config.database);
try {
  const em = orm.em.fork();
  const existing = await em.count(User, {});
  if (existing > 0 && !process.argv.includes('--reset')) {
    console.error(
      `The database already has ${existing} people. Run \`pnpm seed --reset\` to replace everything with the demo network.`,
    );
    process.exitCode = 1;
  } else {
    if (existing > 0) {
      await orm.schema.dropSchema({ dropMigrationsTable: true });
      await orm.getMigrator().up();
    }
    const counts = await seedDemoNetwork(orm.em.fork());
    console.log(`Demo network created: ${JSON.stringify(counts)}`);
    console.log(`Log in as ${Object.values(DEMO_LOGINS).join(', ')} with the password "${DEMO_PASSWORD}".`);
  }
} finally {
  await orm.close();
}
