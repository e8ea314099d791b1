using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using PendoGen.Model;

namespace PendoGen.Analysis;

/// <summary>
/// A record's properties by wire name and by C# name, built once per <see cref="ObjectSpec"/> instance (specs are
/// cached with their schema, so this lives as long as the schema is unchanged). The analyzer looks properties up
/// for every assignment, rule and key; a scan per lookup made a configuration of a 100-property OpenAPI record
/// cost thousands of string comparisons.
/// </summary>
internal sealed class RecordLookup
{
    private static readonly ConditionalWeakTable<ObjectSpec, RecordLookup> s_lookups = new();

    private readonly Dictionary<string, PropertySpec> _byJsonName;
    private readonly Dictionary<string, PropertySpec> _byClrName;

    private RecordLookup(ObjectSpec spec)
    {
        _byJsonName = new Dictionary<string, PropertySpec>(spec.Properties.Count, StringComparer.Ordinal);
        _byClrName = new Dictionary<string, PropertySpec>(spec.Properties.Count, StringComparer.Ordinal);
        foreach (PropertySpec property in spec.Properties)
        {
            if (!_byJsonName.ContainsKey(property.JsonName))
            {
                _byJsonName[property.JsonName] = property; // the first one wins, as a scan would find it
            }

            if (!_byClrName.ContainsKey(property.ClrName))
            {
                _byClrName[property.ClrName] = property;
            }
        }
    }

    public static RecordLookup For(ObjectSpec spec) => s_lookups.GetValue(spec, static s => new RecordLookup(s));

    public PropertySpec? ByJsonName(string jsonName) => _byJsonName.TryGetValue(jsonName, out PropertySpec? property) ? property : null;

    public PropertySpec? ByClrName(string clrName) => _byClrName.TryGetValue(clrName, out PropertySpec? property) ? property : null;
}
