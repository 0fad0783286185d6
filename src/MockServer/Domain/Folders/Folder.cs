namespace AvatarIV.MockServer.Domain.Folders;

/// <summary>A key's folder: made by <c>POST /v1/folders/create</c> or <c>POST /_mock/folders</c>, or seeded by <c>--folder</c> (<see cref="Seeded"/>, no owner).</summary>
public sealed record Folder(string Id, string Name, string? OwnerKeyId, string? ParentId, DateTimeOffset CreatedAt)
{
    public bool Seeded => OwnerKeyId is null;
}
