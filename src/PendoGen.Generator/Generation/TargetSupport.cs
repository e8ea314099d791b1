using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PendoGen.Generation;

/// <summary>
/// Whether the code PendoGen generates can compile in a project: it needs C# 11 (required members) and, from the
/// framework, System.Text.Json, <c>DateOnly</c>, init-only setters and required members (.NET 8 or later has all).
/// A project without them (a netstandard2.0 library, LangVersion 10) gets one PENDO012 instead of a wall of errors.
/// </summary>
internal static class TargetSupport
{
    /// <summary>The types the generated code and the runtime support use that older frameworks lack.</summary>
    private static readonly string[] s_requiredTypes =
    {
        "System.DateOnly",
        "System.Text.Json.Utf8JsonReader",
        "System.Text.Json.Serialization.JsonConverter`1",
        "System.Runtime.CompilerServices.IsExternalInit",
        "System.Runtime.CompilerServices.RequiredMemberAttribute",
        "System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute",
    };

    /// <summary>Why generated code cannot compile here (for the message), or null when it can.</summary>
    public static string? Check(Compilation compilation)
    {
        if (compilation is CSharpCompilation csharp && csharp.LanguageVersion < LanguageVersion.CSharp11)
        {
            return $"compiles with C# {csharp.LanguageVersion.ToDisplayString()} (LangVersion); the generated code needs C# 11 or later";
        }

        foreach (string name in s_requiredTypes)
        {
            if (compilation.GetTypeByMetadataName(name) is null && compilation.GetTypesByMetadataName(name).IsEmpty)
            {
                return $"targets a framework without {name.Replace("`1", "<T>")}, which the generated code needs (.NET 8 or later has it)";
            }
        }

        return null;
    }
}
