import { afterAll, beforeAll, describe } from 'vitest';
import { noteSkippedPostgres, skipPostgres, startPostgresCluster, type PostgresCluster } from '../stand-ins/postgres-cluster.js';
import { articleStoreContract } from './contract/articles.contract.js';
import { deliveryLogContract } from './contract/delivery-log.contract.js';
import { postgresStores } from './contract/harness.js';
import { subscriptionStoreContract } from './contract/subscriptions.contract.js';
import { seenRequestStoreContract } from './contract/seen-requests.contract.js';

noteSkippedPostgres();

describe.skipIf(skipPostgres)('PostgreSQL stores (a throwaway cluster, a new database per test)', () => {
  let cluster: PostgresCluster | undefined;
  beforeAll(async () => {
    cluster = await startPostgresCluster();
  }, 60_000);
  afterAll(() => cluster?.destroy());
  const stores = postgresStores(() => cluster!);

  describe('PostgresDeliveryLog', () => deliveryLogContract(stores.deliveryLog));
  describe('PostgresArticleStore', () => articleStoreContract(stores.articles));
  describe('PostgresSubscriptionStore', () => subscriptionStoreContract(stores.subscriptions));
  describe('PostgresSeenRequestStore', () => seenRequestStoreContract(stores.seenRequests));
});
