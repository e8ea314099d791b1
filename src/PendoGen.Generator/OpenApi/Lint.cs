using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PendoGen.Common;
using PendoGen.Diagnostics;
using PendoGen.Json;

namespace PendoGen.OpenApi;

/// <summary>
/// Collects the diagnostics of one OpenAPI expansion. A component shared by many services (the request envelope)
/// is read once per expansion, and each finding is kept once per position, however many services reach it.
/// </summary>
internal sealed class Lint
{
    private readonly HashSet<string> _seen = new(System.StringComparer.Ordinal);
    private readonly List<DiagnosticInfo> _diagnostics = new();

    public void Report(DiagnosticDescriptor descriptor, string path, SourceSpan span, string message)
    {
        string key = descriptor.Id + "\u0000" + path + "\u0000" + span.Start.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\u0000" + message;
        if (_seen.Add(key))
        {
            _diagnostics.Add(DiagnosticInfo.Create(descriptor, path, span, message));
        }
    }

    public void AddRange(IEnumerable<DiagnosticInfo> diagnostics)
    {
        foreach (DiagnosticInfo diagnostic in diagnostics)
        {
            _diagnostics.Add(diagnostic);
        }
    }

    public EquatableArray<DiagnosticInfo> ToArray() => _diagnostics.ToEquatableArray();
}
