"""The report's charts: Vega-Lite specs built with altair, rendered to static SVG by vl-convert.

No script reaches the report: vl-convert runs Vega in its own embedded engine, offline (no data URL
is allowed), and returns SVG markup, which is then re-parsed and cut down to an allow-list of
drawing elements and attributes before it is inlined. Crawled strings (host names, terms) arrive as
data values; vl-convert escapes them as text, and the allow-list pass makes sure nothing active can
survive even if it did not. Labels come in the report language; numbers and dates use its locale.
"""
from __future__ import annotations

import logging
import re
from functools import lru_cache

import altair as alt
from lxml import etree
from markupsafe import Markup

from reports.i18n import LANGUAGES

log = logging.getLogger(__name__)

FONT = "DejaVu Sans, Liberation Sans, Arial, sans-serif"
WIDTH = 760
INK, MUTED, GRID = "#1f2933", "#616e7c", "#e4e8ec"
VERDICT_COLOURS = {"pertinent": "#2f7d4f", "automated": "#b4452f", "undecided": "#a07a12"}
KIND_COLOURS = {"blog": "#24588f", "forum": "#7b4fa0", "news": "#3d8c95", "other": "#8a8f98",
                "automated": "#b4452f"}
ROLE_COLOURS = {"client": "#24588f", "competitors": "#d08a2e"}
LABEL_LIMIT = 230  # px: longer axis labels end with an ellipsis

_LOCALES = {"fr": "fr-FR", "en": "en-US"}

# What a rendered chart may contain. Anything else (script, foreignObject, image, use, links, event
# handlers, external references) is dropped.
_SVG_NS = "http://www.w3.org/2000/svg"
_ELEMENTS = {"svg", "g", "path", "rect", "line", "text", "tspan", "circle", "title", "desc"}
_ATTRIBUTES = {"class", "d", "display", "fill", "fill-opacity", "font-family", "font-size",
               "font-style", "font-weight", "height", "opacity", "pointer-events", "role", "stroke",
               "stroke-dasharray", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit",
               "stroke-opacity", "stroke-width", "text-anchor", "transform", "version", "viewBox",
               "width", "x", "x1", "x2", "y", "y1", "y2", "dx", "dy", "cx", "cy", "r", "rx", "ry",
               "aria-hidden", "aria-label", "aria-roledescription", "dominant-baseline"}
_SAFE_VALUE = re.compile(r"^[^<>]*$")


class ChartError(RuntimeError):
    """A chart could not be rendered."""


def _config(chart: alt.TopLevelMixin) -> alt.TopLevelMixin:
    return (chart
            .configure(font=FONT, background="white")
            .configure_view(stroke=None)
            .configure_axis(labelColor=INK, titleColor=MUTED, gridColor=GRID, domainColor=MUTED,
                            tickColor=MUTED, labelFontSize=12, titleFontSize=12, titleFontWeight="normal",
                            labelLimit=LABEL_LIMIT)
            .configure_legend(labelColor=INK, titleColor=MUTED, labelFontSize=12, titleFontSize=12,
                              orient="bottom", titleFontWeight="normal", labelLimit=LABEL_LIMIT)
            .configure_title(color=INK, fontSize=13, anchor="start"))


def clean_svg(svg: str) -> str:
    """Re-parse the SVG and keep only allow-listed elements and attributes."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True,
                             remove_pis=True, huge_tree=True)
    try:
        root = etree.fromstring(svg.encode("utf-8"), parser)
    except etree.XMLSyntaxError as e:
        raise ChartError(f"renderer returned invalid SVG: {e}") from None
    for el in list(root.iter()):
        if not isinstance(el.tag, str):  # comments, PIs
            el.getparent().remove(el)
            continue
        ns, _, local = el.tag.rpartition("}")
        if ns.lstrip("{") != _SVG_NS or local not in _ELEMENTS:
            parent = el.getparent()
            if parent is not None:
                parent.remove(el)
            continue
        for name in list(el.attrib):
            value = el.attrib[name]
            # No references at all (url(), href, ids): clipping is cosmetic, and ids would clash
            # between the charts of one page.
            keep = name in _ATTRIBUTES and _SAFE_VALUE.match(value) and "url(" not in value.lower()
            if not keep:
                del el.attrib[name]
    root.set("class", "chart")
    # Charts scale down to the page (screen and print) and keep their proportions.
    width, height = root.get("width"), root.get("height")
    if width and height and not root.get("viewBox"):
        root.set("viewBox", f"0 0 {width} {height}")
    root.attrib.pop("height", None)
    root.set("width", width or "100%")
    root.set("role", "img")
    return etree.tostring(root, encoding="unicode")


@lru_cache(maxsize=2)
def _vlc():
    import vl_convert

    return vl_convert


def render(chart: alt.TopLevelMixin, language: str, title: str = "") -> Markup:
    """A chart as inline SVG markup, safe to place in the report as is."""
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    spec = _config(chart).to_dict(validate=False)
    locale = _LOCALES[language]
    try:
        svg = _vlc().vegalite_to_svg(spec, allowed_base_urls=[], format_locale=locale,
                                     time_format_locale=locale)
    except Exception as e:  # the engine's errors are plain exceptions with a message
        raise ChartError(f"chart {title!r}: {e}") from None
    cleaned = clean_svg(svg)
    if title:
        # An accessible name, escaped here (the markup returned is trusted by the template).
        cleaned = cleaned.replace('role="img"', f'role="img" aria-label="{_attr(title)}"', 1)
    return Markup(cleaned)


def render_or_warn(make, language: str, title: str, warnings: list[str]) -> Markup | None:
    """Render the chart `make()` builds; a chart that fails leaves its table alone and a warning in
    `warnings`, never a broken report."""
    try:
        return render(make(), language, title)
    except ChartError as e:
        warnings.append(str(e))
        log.warning("report chart not drawn: %s", e)
        return None


def _attr(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _height(n: int, per_row: int = 22, extra: int = 10) -> int:
    return max(n, 1) * per_row + extra


# ---------------------------------------------------------------- chart kinds

def hbar(rows: list[dict], *, label: str, value: str, label_title: str, value_title: str,
         colour_field: str | None = None, colours: dict[str, str] | None = None,
         colour_title: str = "", colour_labels: dict[str, str] | None = None,
         order: list[str] | None = None, legend: bool = True) -> alt.Chart:
    """Horizontal bars, one per row, in the given order (or by value, largest first)."""
    if colour_field and colours:
        domain = list(colours)
        present = {r[colour_field] for r in rows}
        domain = [d for d in domain if d in present] or domain
        legend = alt.Legend(title=colour_title or None,
                            labelExpr=_label_expr(colour_labels) if colour_labels else alt.Undefined) if legend else None
        colour = alt.Color(f"{colour_field}:N", scale=alt.Scale(domain=domain,
                           range=[colours[d] for d in domain]), legend=legend)
    else:
        colour = alt.value(KIND_COLOURS["blog"])
    sort = order if order is not None else alt.EncodingSortField(field=value, order="descending")
    base = alt.Chart(alt.Data(values=rows)).encode(
        y=alt.Y(f"{label}:N", sort=sort, title=label_title or None, axis=alt.Axis(labelLimit=LABEL_LIMIT)),
        x=alt.X(f"{value}:Q", title=value_title, axis=alt.Axis(tickMinStep=1, format="~s")),
    )
    bars = base.mark_bar(cornerRadiusEnd=2).encode(color=colour)
    text = base.mark_text(align="left", dx=4, color=INK, fontSize=12).encode(text=alt.Text(f"{value}:Q", format=","))
    return (bars + text).properties(width=WIDTH - 300, height=_height(len(rows), 24))


def stacked(rows: list[dict], *, label: str, value: str, colour_field: str, colours: dict[str, str],
            colour_labels: dict[str, str], label_title: str, value_title: str, colour_title: str,
            order: list[str]) -> alt.Chart:
    """Horizontal stacked bars: one bar per label, split by `colour_field` in `colours` order."""
    domain = list(colours)
    stack_order = {d: i for i, d in enumerate(domain)}
    data = [dict(r, _o=stack_order.get(r[colour_field], 99)) for r in rows]
    return alt.Chart(alt.Data(values=data)).mark_bar().encode(
        y=alt.Y(f"{label}:N", sort=order, title=label_title or None),
        x=alt.X(f"sum({value}):Q", title=value_title, axis=alt.Axis(tickMinStep=1, format="~s")),
        color=alt.Color(f"{colour_field}:N",
                        scale=alt.Scale(domain=domain, range=[colours[d] for d in domain]),
                        legend=alt.Legend(title=colour_title or None, labelExpr=_label_expr(colour_labels))),
        order=alt.Order("_o:Q"),
    ).properties(width=WIDTH - 200, height=_height(len(order), 28))


def weekly(rows: list[dict], spikes: list[dict], *, series_labels: dict[str, str], colours: dict[str, str],
           week_title: str, value_title: str, series_title: str, threshold: float | None,
           threshold_label: str) -> alt.Chart:
    """Weekly counts: the kinds of source not judged automated stacked as areas (their top is the
    total the spike rule reads), automated sources as a line of their own; spike weeks marked with a
    triangle and the threshold with a dashed rule."""
    domain = [s for s in colours if any(r["series"] == s for r in rows)] or list(colours)
    colour = alt.Color("series:N", scale=alt.Scale(domain=domain, range=[colours[d] for d in domain]),
                       legend=alt.Legend(title=series_title or None, labelExpr=_label_expr(series_labels)))
    x = alt.X("week:T", title=week_title or None, axis=alt.Axis(format="%b %Y", labelAngle=0, tickCount=8))
    order = {d: i for i, d in enumerate(domain)}
    data = [dict(r, _o=order.get(r["series"], 99)) for r in rows]
    human = alt.Chart(alt.Data(values=[r for r in data if r["series"] != "automated"])).mark_area(
        interpolate="step-after", opacity=0.85).encode(
        x=x, y=alt.Y("n:Q", stack="zero", title=value_title, axis=alt.Axis(tickMinStep=1)),
        color=colour, order=alt.Order("_o:Q"))
    layers = [human]
    machine = [r for r in data if r["series"] == "automated"]
    if machine:
        layers.append(alt.Chart(alt.Data(values=machine)).mark_line(
            interpolate="step-after", strokeWidth=1.5, strokeDash=[2, 2]).encode(x=x, y="n:Q", color=colour))
    if threshold is not None:
        layers.append(alt.Chart(alt.Data(values=[{"t": threshold, "label": threshold_label}]))
                      .mark_rule(strokeDash=[5, 3], color=INK).encode(y="t:Q"))
        layers.append(alt.Chart(alt.Data(values=[{"t": threshold, "label": threshold_label}]))
                      .mark_text(align="left", baseline="bottom", dx=3, dy=-2, color=INK, fontSize=11)
                      .encode(y="t:Q", x=alt.value(0), text="label:N"))
    if spikes:
        layers.append(alt.Chart(alt.Data(values=spikes)).mark_point(
            shape="triangle-down", size=80, filled=True, color=INK, opacity=1, yOffset=-9,
        ).encode(x="week:T", y="n:Q"))
    return alt.layer(*layers).properties(width=WIDTH - 60, height=240)


def _label_expr(labels: dict[str, str] | None) -> str:
    """A Vega expression mapping legend values to display labels (the labels are ours, not crawled)."""
    if not labels:
        return "datum.label"
    expr = "datum.label"
    for key, text in reversed(list(labels.items())):
        expr = f"datum.label === {_js(key)} ? {_js(text)} : ({expr})"
    return expr


def _js(text: str) -> str:
    import json

    return json.dumps(str(text))
