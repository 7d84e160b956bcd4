import { describe } from 'vitest';
import { articleStoreContract } from './contract/articles.contract.js';
import { deliveryLogContract } from './contract/delivery-log.contract.js';
import { sqliteStores } from './contract/harness.js';
import { subscriptionStoreContract } from './contract/subscriptions.contract.js';
import { seenRequestStoreContract } from './contract/seen-requests.contract.js';

describe('SQLite stores (a real temp file per test)', () => {
  describe('DeliveryLog', () => deliveryLogContract(sqliteStores.deliveryLog));
  describe('ArticleStore', () => articleStoreContract(sqliteStores.articles));
  describe('SqliteSubscriptionStore', () => subscriptionStoreContract(sqliteStores.subscriptions));
  describe('SqliteSeenRequestStore', () => seenRequestStoreContract(sqliteStores.seenRequests));
});
