using PartyBuilding.DbMigrator;

// Migrates the database and seeds the host and every committee, then exits: run it before deploying the host
// (with Database:AutoMigrate=false there) so several nodes never race to migrate.
//   generate --scale tiny|county-S|county-L [--seed 42] [--as-of 2026-11-22]
//     then fills the empty database with synthetic committees for tests and benchmarks (see MigratorCommand).
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
return await MigratorCommand.RunAsync(args, Console.Out, Console.Error, stop.Token);
