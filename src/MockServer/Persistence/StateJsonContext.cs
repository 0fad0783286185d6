using System.Text.Json;
using System.Text.Json.Serialization;
using AvatarIV.MockServer.Journal;

namespace AvatarIV.MockServer.Persistence;

/// <summary>
/// Compiled (source-generated) JSON for the rows there are thousands of — jobs and journal entries — so a restart
/// with 10,000 jobs does not pay reflection's warm-up. Same naming as <see cref="StateText.Json"/>.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, UseStringEnumConverter = true)]
[JsonSerializable(typeof(JobRows.StoredDraft))]
[JsonSerializable(typeof(JobRows.StoredJobState))]
[JsonSerializable(typeof(JournalEntry))]
internal sealed partial class StateJsonContext : JsonSerializerContext;
