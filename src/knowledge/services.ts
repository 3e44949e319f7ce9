/**
 * System services a build may start for its own setup, and the programs that talk to a running one. A `RUN` that
 * starts PostgreSQL to create a database with `psql` keeps that database in the image: the start has a lasting
 * effect through its client (src/shell/services.ts).
 */

/** `service NAME ACTION` (also `/etc/init.d/NAME ACTION`, `invoke-rc.d NAME ACTION`) actions that leave the service running. */
export const SERVICE_STARTS: ReadonlySet<string> = new Set(['start', 'restart', 'force-reload', 'try-restart']);

/** Actions that shut a running service down. */
export const SERVICE_STOPS: ReadonlySet<string> = new Set(['stop', 'force-stop', 'graceful-stop']);

/** Programs that run init scripts by a service's name (`invoke-rc.d postgresql start`). */
export const SERVICE_RUNNERS: ReadonlySet<string> = new Set(['service', 'invoke-rc.d']);

/** A service (its init-script names) and the clients that act on a running instance of it. */
export interface ServiceClients {
  services: RegExp;
  clients: readonly string[];
}

export const SERVICE_CLIENTS: readonly ServiceClients[] = [
  { services: /^postgresql(@.*)?$/, clients: ['psql', 'createdb', 'createuser', 'dropdb', 'dropuser', 'pg_restore', 'pg_dump', 'pg_dumpall', 'vacuumdb', 'reindexdb'] },
  {
    services: /^(mysql|mysqld|mariadb)$/,
    clients: ['mysql', 'mariadb', 'mysqladmin', 'mariadb-admin', 'mysql_upgrade', 'mariadb-upgrade', 'mysqlimport', 'mariadb-import', 'mysqldump', 'mariadb-dump', 'mysql_secure_installation', 'mariadb-secure-installation'],
  },
  { services: /^redis(-server)?$/, clients: ['redis-cli'] },
  { services: /^(mongod|mongodb)$/, clients: ['mongo', 'mongosh', 'mongorestore', 'mongoimport'] },
  { services: /^rabbitmq(-server)?$/, clients: ['rabbitmqctl', 'rabbitmqadmin'] },
  { services: /^slapd$/, clients: ['ldapadd', 'ldapmodify', 'ldapdelete'] },
  { services: /^cassandra$/, clients: ['cqlsh', 'nodetool'] },
  { services: /^neo4j$/, clients: ['cypher-shell'] },
  { services: /^clickhouse-server$/, clients: ['clickhouse-client'] },
  { services: /^supervisor(d)?$/, clients: ['supervisorctl'] },
];

/** Where Debian's invoke-rc.d asks whether maintainer scripts may start services (`exit 101` denies, `exit 0` allows). */
export const POLICY_RC_D = /(^|\/)policy-rc\.d$/;

/** Commands that do no work a running service could be needed for (`sleep 5` waiting for it to come up, `echo` to the log). */
export const IDLE_COMMANDS: ReadonlySet<string> = new Set(['sleep', 'true', ':', 'wait', 'echo', 'printf']);
