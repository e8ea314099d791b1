using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace PendoGen.Tests.OpenApi;

/// <summary>A compilation with generated code, emitted and loaded, with reflection helpers for generated records.</summary>
public sealed class GeneratedAssembly : IDisposable
{
    private readonly AssemblyLoadContext _context = new("openapi", isCollectible: true);

    public GeneratedAssembly(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        stream.Position = 0;
        Assembly = _context.LoadFromStream(stream);
    }

    public Assembly Assembly { get; }

    public Type Type(string fullName) => Assembly.GetType(fullName) ?? throw new InvalidOperationException(fullName + " was not generated");

    public object FromJson(string typeName, string json)
    {
        try
        {
            return Type(typeName).GetMethod("FromJson", [typeof(string)])!.Invoke(null, [json])!;
        }
        catch (TargetInvocationException e)
        {
            throw e.InnerException!;
        }
    }

    public static string ToJson(object value) => (string)value.GetType().GetMethod("ToJson", System.Type.EmptyTypes)!.Invoke(value, null)!;

    /// <summary>Validate() as (rule ID, severity, path, message) strings.</summary>
    public static List<string> Validate(object value)
    {
        var issues = (System.Collections.IEnumerable)value.GetType().GetMethod("Validate", System.Type.EmptyTypes)!.Invoke(value, null)!;
        var result = new List<string>();
        foreach (object issue in issues)
        {
            string Read(string name) => issue.GetType().GetProperty(name)!.GetValue(issue)!.ToString()!;
            result.Add($"{Read("RuleId")} {Read("Severity")} {Read("Path")}: {Read("Message")}");
        }

        return result;
    }

    public void Dispose() => _context.Unload();
}
