"""
"Cite this page": a citation of one published version of a content page, as
plain text in the reader's language, BibTeX and RIS.

The permanent link names the version (`?version=N`), so a citation keeps
pointing at the text that was cited, whatever changes later.
"""

import re
from dataclasses import dataclass
from datetime import date

from django.http import HttpResponse
from django.utils import formats, timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext

# Characters with a meaning in BibTeX, escaped in field values.
_BIBTEX_SPECIAL = re.compile(r"([\\{}%&$#_^~])")


@dataclass
class Citation:
    title: str
    url: str  # the permanent link (with ?version=N when there is a version)
    version: int | None
    published: date
    accessed: date
    language: str
    key: str

    @property
    def text(self):
        """Plain text in the style of the reader's language (see the catalogue)."""
        values = {
            "title": self.title,
            "date": formats.date_format(self.published, "DATE_FORMAT"),
            "url": self.url,
            "accessed": formats.date_format(self.accessed, "DATE_FORMAT"),
            "number": self.version,
        }
        if self.version:
            return (
                gettext(
                    "MICIC Initiative. “%(title)s”. MICIC Portal, version %(number)s of "
                    "%(date)s. %(url)s (accessed %(accessed)s)."
                )
                % values
            )
        return (
            gettext(
                "MICIC Initiative. “%(title)s”. MICIC Portal, %(date)s. %(url)s "
                "(accessed %(accessed)s)."
            )
            % values
        )

    def bibtex(self):
        def value(text):
            return _BIBTEX_SPECIAL.sub(r"\\\1", str(text))

        fields = [
            ("title", "{" + value(self.title) + "}"),
            ("author", "{MICIC Initiative}"),
            ("howpublished", "MICIC Portal"),
            ("year", str(self.published.year)),
            ("month", str(self.published.month)),
            ("url", value(self.url)),
            ("urldate", self.accessed.isoformat()),
            ("language", self.language),
        ]
        if self.version:
            fields.append(
                ("note", f"Version {self.version} of {self.published.isoformat()}"),
            )
        body = ",\n".join(f"  {name} = {{{text}}}" for name, text in fields)
        return f"@misc{{{self.key},\n{body}\n}}\n"

    def ris(self):
        lines = [
            ("TY", "ELEC"),
            ("TI", self.title),
            ("AU", "MICIC Initiative"),
            ("PB", "MICIC Portal"),
            ("PY", str(self.published.year)),
            ("DA", self.published.strftime("%Y/%m/%d")),
            ("UR", self.url),
            ("Y2", self.accessed.strftime("%Y/%m/%d")),
            ("LA", self.language),
        ]
        if self.version:
            lines.append(("ET", str(self.version)))
        lines.append(("ER", ""))
        # RIS: a two-letter tag, two spaces, a hyphen, a space, the value.
        return "".join(f"{tag}  - {text}".rstrip() + "\r\n" for tag, text in lines)


def citation_for(*, request, obj, history, shown=None):
    """The citation of the version of `obj` the reader is looking at."""
    version = shown or history.current
    path = obj.get_absolute_url()
    if version is not None:
        path = f"{path}?version={version.number}"
    published = version.published_at if version else obj.updated_at
    return Citation(
        title=str(getattr(obj, "title", obj)),
        url=request.build_absolute_uri(path),
        version=version.number if version else None,
        published=timezone.localtime(published).date(),
        accessed=timezone.localdate(),
        language=translation.get_language(),
        key=slugify(f"micic {obj._meta.model_name} {obj.pk} v{version.number if version else 0}"),
    )


CITATION_FORMATS = {
    "bibtex": ("application/x-bibtex", "bib", Citation.bibtex),
    "ris": ("application/x-research-info-systems", "ris", Citation.ris),
}


def citation_response(citation, format_name):
    content_type, extension, render = CITATION_FORMATS[format_name]
    response = HttpResponse(render(citation), content_type=f"{content_type}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{citation.key}.{extension}"'
    return response
