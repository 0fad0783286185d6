using Microsoft.Data.Sqlite;

namespace AvatarIV.MockServer.Persistence;

/// <summary>
/// <c>mock.db</c>: one SQLite connection in WAL mode, guarded by a lock that is never held while taking another
/// (so stores may write from under their own locks). <c>synchronous=NORMAL</c>: a commit survives the process
/// being killed; only a power cut may lose the last commits, which is fine for a disposable mock store.
/// </summary>
internal sealed class StateDatabase : IDisposable
{
    private readonly Lock _gate = new();
    private readonly SqliteConnection _connection;

    public StateDatabase(string path)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _connection.Open();
        StateSchema.Execute(_connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;");
        StateSchema.Apply(_connection, path);
    }

    /// <summary>Runs the writes in one transaction: all of them are stored, or (after a crash) none.</summary>
    public void Commit(IReadOnlyList<StateWrite> writes)
    {
        if (writes.Count == 0)
        {
            return;
        }

        lock (_gate)
        {
            // A batch repeats a few statements (a journal flush: thousands of the same INSERT): each is prepared once.
            var commands = new Dictionary<string, SqliteCommand>(StringComparer.Ordinal);
            try
            {
                using var transaction = _connection.BeginTransaction();
                foreach (var write in writes)
                {
                    if (!commands.TryGetValue(write.Sql, out var command))
                    {
                        command = _connection.CreateCommand();
                        command.Transaction = transaction;
                        command.CommandText = write.Sql;
                        commands[write.Sql] = command;
                    }

                    Bind(command, write.Parameters);

                    command.ExecuteNonQuery();
                }

                transaction.Commit();
            }
            finally
            {
                foreach (var command in commands.Values)
                {
                    command.Dispose();
                }
            }
        }
    }

    /// <summary>
    /// Sets a prepared command's parameters; the same statement again (a journal flush repeats one INSERT per
    /// request) reuses its parameter objects and only changes their values.
    /// </summary>
    private static void Bind(SqliteCommand command, (string Name, object? Value)[] parameters)
    {
        var bound = command.Parameters;
        var reusable = bound.Count == parameters.Length;
        for (var i = 0; reusable && i < parameters.Length; i++)
        {
            reusable = string.Equals(bound[i].ParameterName, parameters[i].Name, StringComparison.Ordinal);
        }

        if (!reusable)
        {
            bound.Clear();
            foreach (var (name, value) in parameters)
            {
                bound.AddWithValue(name, value ?? DBNull.Value);
            }

            return;
        }

        for (var i = 0; i < parameters.Length; i++)
        {
            bound[i].Value = parameters[i].Value ?? DBNull.Value;
        }
    }

    /// <summary>Reads rows (start-up loading, meta values); <paramref name="read"/> maps each row.</summary>
    public List<T> Query<T>(string sql, Func<SqliteDataReader, T> read, params (string Name, object? Value)[] parameters)
    {
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }

            using var reader = command.ExecuteReader();
            var rows = new List<T>();
            while (reader.Read())
            {
                rows.Add(read(reader));
            }

            return rows;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _connection.Dispose();
        }
    }
}
