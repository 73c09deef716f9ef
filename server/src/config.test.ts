import { describe, expect, test } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  test('works with nothing set: port 4000 and an SQLite file under ./data', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.database).toEqual({ kind: 'sqlite', path: './data/aliadas.sqlite' });
    expect(config.redisUrl).toBeUndefined();
    expect(config.demoData).toBe(true);
    expect(config.isProduction).toBe(false);
  });

  test('a postgres URL selects PostgreSQL; production seeds no demo data', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://aliadas@db:5432/aliadas',
      NODE_ENV: 'production',
      REDIS_URL: 'redis://cache:6379',
    });
    expect(config.database).toEqual({ kind: 'postgresql', url: 'postgres://aliadas@db:5432/aliadas' });
    expect(config.redisUrl).toBe('redis://cache:6379');
    expect(config.demoData).toBe(false);
  });

  test('empty variables count as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).port).toBe(4000);
  });

  test('names every bad variable in one message', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        REDIS_URL: 'http://x',
        NODE_ENV: 'staging',
        DEMO_DATA: 'maybe',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.map((p) => p.split(':')[0]).sort();
    expect(problems).toEqual(['DATABASE_URL', 'DEMO_DATA', 'NODE_ENV', 'PORT', 'REDIS_URL']);
    expect((error as ConfigError).message).toMatch(/DATABASE_URL: must be a postgres:\/\/ URL/);
  });
});
