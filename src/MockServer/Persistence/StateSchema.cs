using Microsoft.Data.Sqlite;
using AvatarIV.MockServer.Hosting;

namespace AvatarIV.MockServer.Persistence;

/// <summary>
/// The tables of <c>mock.db</c> and their version (SQLite's <c>user_version</c>). A file written by a newer mock
/// is refused rather than guessed at; the directory is disposable, so the fix is another directory or deleting it.
/// </summary>
internal static class StateSchema
{
    public const int Version = 1;

    private const string Tables = """
        CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS assets (id TEXT PRIMARY KEY, owner_key_id TEXT NOT NULL, kind TEXT NOT NULL, blob TEXT NOT NULL, created_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS jobs (id TEXT PRIMARY KEY, owner_key_id TEXT NOT NULL, draft TEXT NOT NULL, state TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS ledgers (key_id TEXT PRIMARY KEY, tier TEXT NOT NULL, balance TEXT NOT NULL, reserved TEXT NOT NULL, version INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS idempotency (id TEXT PRIMARY KEY, created_at TEXT NOT NULL, status INTEGER NOT NULL, payload TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, json TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS journal (sequence INTEGER PRIMARY KEY, json TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS webhook_deliveries (id TEXT PRIMARY KEY, json TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS webhook_events (sequence INTEGER PRIMARY KEY AUTOINCREMENT, json TEXT NOT NULL);
        """;

    /// <summary>Tables <c>POST /_mock/reset</c> empties (meta keeps the signing secret).</summary>
    public static readonly string[] ResettableTables = ["assets", "jobs", "ledgers", "idempotency", "documents", "journal", "webhook_deliveries", "webhook_events"];

    public static void Apply(SqliteConnection connection, string databasePath)
    {
        var found = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"), System.Globalization.CultureInfo.InvariantCulture);
        if (found > Version)
        {
            throw new MockOptionsException($"--state-dir: '{databasePath}' has schema version {found}, newer than this mock's {Version}. Use the newer mock, or another (or emptied) --state-dir: the directory is disposable.");
        }

        Execute(connection, Tables);
        Execute(connection, $"PRAGMA user_version = {Version}");
    }

    public static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
