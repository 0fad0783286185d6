namespace AvatarIV.MockServer.Domain.Avatars;

/// <summary>
/// The mock's seeded avatars (docs/mock-server.md, "Avatar looks"): three groups, one of each avatar type, eight
/// looks in all, every one with a default voice from the voice catalogue. The same for every key, never changed.
/// </summary>
public static class LookCatalogue
{
    private const string Iv = "avatar_iv";
    private const string V = "avatar_v";
    private const string Iii = "avatar_iii";

    private static readonly DateTimeOffset Seeded = new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);

    public static readonly IReadOnlyList<AvatarGroup> Groups =
    [
        new("Aria_public_group", "Aria", "female", "ef3243cb71ba7aee00fb1cdcd95823f2", IsPrivate: false, Seeded),
        new("7f1c2a9e4b5d4e6f8a9b0c1d2e3f4a5b", "Marcus", "male", "aa09772e76c9d73d07aed33a1e52bbf8", IsPrivate: true, Seeded.AddDays(3)),
        new("c4d5e6f7a8b94c0d9e1f2a3b4c5d6e7f", "Sofia", "female", "4aff5218682afc11d09e04db1170ee19", IsPrivate: true, Seeded.AddDays(7)),
    ];

    public static readonly IReadOnlyList<AvatarLook> Looks =
    [
        new("Aria_office_front", "Aria in the office", "Aria_public_group", AvatarLook.StudioAvatar, "female", "ef3243cb71ba7aee00fb1cdcd95823f2", "landscape", 1280, 720, [Iv, Iii], ["office", "business"], IsPrivate: false, Hue: 210),
        new("Aria_casual_sofa", "Aria on the sofa", "Aria_public_group", AvatarLook.StudioAvatar, "female", "ef3243cb71ba7aee00fb1cdcd95823f2", "landscape", 1280, 720, [Iv, Iii], ["casual"], IsPrivate: false, Hue: 30),
        new("Aria_standing_portrait", "Aria standing", "Aria_public_group", AvatarLook.StudioAvatar, "female", "ea17f2773cf8181a74c3972bb5052af9", "portrait", 720, 1280, [Iv, Iii], ["social"], IsPrivate: false, Hue: 330),
        new("3b8e0f6a1c2d4e5f9a0b1c2d3e4f5a6b", "Marcus at his desk", "7f1c2a9e4b5d4e6f8a9b0c1d2e3f4a5b", AvatarLook.DigitalTwin, "male", "aa09772e76c9d73d07aed33a1e52bbf8", "landscape", 1280, 720, [V, Iv, Iii], ["twin"], IsPrivate: true, Hue: 120),
        new("5d2a7c9e0f1b4a3c8d6e2f0a1b3c5d7e", "Marcus outdoors", "7f1c2a9e4b5d4e6f8a9b0c1d2e3f4a5b", AvatarLook.DigitalTwin, "male", "a6fd3530f1ca8c90b2e4eb8432f462c6", "portrait", 720, 1280, [V, Iv, Iii], ["twin", "outdoor"], IsPrivate: true, Hue: 90),
        new("9e8d7c6b5a4f4e3d2c1b0a9f8e7d6c5b", "Sofia headshot", "c4d5e6f7a8b94c0d9e1f2a3b4c5d6e7f", AvatarLook.PhotoAvatar, "female", "4aff5218682afc11d09e04db1170ee19", "portrait", 768, 1024, [Iv, Iii], ["photo"], IsPrivate: true, Hue: 0),
        new("1a2b3c4d5e6f4a7b8c9d0e1f2a3b4c5d", "Sofia square", "c4d5e6f7a8b94c0d9e1f2a3b4c5d6e7f", AvatarLook.PhotoAvatar, "female", "4aff5218682afc11d09e04db1170ee19", "square", 1024, 1024, [Iv, Iii], ["photo"], IsPrivate: true, Hue: 270),
        new("6f5e4d3c2b1a4f0e9d8c7b6a5f4e3d2c", "Sofia at the beach", "c4d5e6f7a8b94c0d9e1f2a3b4c5d6e7f", AvatarLook.PhotoAvatar, "female", "1d80d113025aee97919caef7169ad86c", "landscape", 1280, 720, [Iv], ["photo", "outdoor"], IsPrivate: true, Hue: 180),
    ];

    public static AvatarLook? Find(string lookId) => Looks.FirstOrDefault(l => l.Id == lookId);

    public static AvatarGroup? FindGroup(string groupId) => Groups.FirstOrDefault(g => g.Id == groupId);

    public static IEnumerable<AvatarLook> LooksOf(string groupId) => Looks.Where(l => l.GroupId == groupId);

    /// <summary>A group's avatar type is its looks' (each seeded group holds one type).</summary>
    public static string TypeOf(AvatarGroup group) => LooksOf(group.Id).First().AvatarType;
}
