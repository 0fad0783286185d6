namespace AvatarIV.Core.Scripts;

/// <summary>One piece of a split script, with its estimated speaking time.</summary>
public sealed record ScriptPart(int Index, string Text, int Words, double EstimatedSeconds);
