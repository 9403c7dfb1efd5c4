"""A client library for accessing dangjian 城市基层党建平台 API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
