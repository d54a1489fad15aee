// Framework-free core
export { createSessionClient } from './core/client';
export type {
  SessionClient,
  SessionClientOptions,
  Credentials,
  ResetPasswordInput,
  CallOptions,
} from './core/client';
export type {
  TransportOptions,
  JwtTransport,
  SessionStatusHeader,
  AnswerInfo,
} from './core/transport';
export { SessionError, isSessionError } from './core/SessionError';
export type { SessionErrorKind, ResponseIssue } from './core/SessionError';
export { hasAccess } from './core/access';
export type { AccessMap } from './core/access';
export { visibleAlerts } from './core/alerts';
export { createSessionKeys } from './core/queryKeys';
export type { SessionKeys } from './core/queryKeys';
export type { StorageOption, StorageLike } from './core/storage';
export { sessionSchema, sessionStatuses } from './core/schemas/session';
export type { Session, SessionStatus } from './core/schemas/session';
export { sessionAnswerSchema } from './core/schemas/sessionAnswer';
export { accountChoicesSchema, accountListSchema } from './core/schemas/accountChoices';
export type { AccountChoice, AccountChoices } from './core/schemas/accountChoices';
export {
  appSchema,
  accountSchema,
  userSchema,
  alertSchema,
  accessSchema,
} from './core/schemas/entities';
export type {
  SessionApp,
  SessionAccount,
  SessionUser,
  SessionAlert,
} from './core/schemas/entities';

// React
export { SessionProvider } from './SessionProvider';
export type { SessionProviderProps } from './SessionProvider';
export { useSession, isAuthenticated } from './useSession';
export type { SessionState, AuthenticatedSession } from './useSession';
export { useAccess } from './useAccess';
export { useAlerts } from './useAlerts';
export { useLogin } from './useLogin';
export type { LoginVariables } from './useLogin';
export { useLoginAccounts } from './useLoginAccounts';
export { useSelectAccount } from './useSelectAccount';
export { useAccountChoices } from './useAccountChoices';
export { useChangeAccount } from './useChangeAccount';
export { useLogout } from './useLogout';
export { useLockScreen } from './useLockScreen';
export { useForgotPassword, useResetPassword } from './usePasswordReset';
export type { ResetPasswordVariables } from './usePasswordReset';
export { useSessionClient, useSessionKeys } from './useSessionClient';
export { OneTimeSecret } from './core/OneTimeSecret';

// Components
export { LoginForm } from './components/LoginForm';
export type { LoginFormProps } from './components/LoginForm';
export { AccountSelect } from './components/AccountSelect';
export type { AccountSelectProps } from './components/AccountSelect';
export { AccountSwitcher } from './components/AccountSwitcher';
export type { AccountSwitcherProps } from './components/AccountSwitcher';
export type { AccountChoiceProps } from './components/AccountChoiceForm';
export { LoginFlow } from './components/LoginFlow';
export type { LoginFlowProps, LoginFlowStep } from './components/LoginFlow';
export { AlertBanner } from './components/AlertBanner';
export type { AlertBannerProps } from './components/AlertBanner';
export { RequireAccess } from './components/RequireAccess';
export type { RequireAccessProps, DeniedReason } from './components/RequireAccess';
export { LockScreen } from './components/LockScreen';
export type { LockScreenProps } from './components/LockScreen';
export { AccessDenied } from './components/AccessDenied';
export type { AccessDeniedProps } from './components/AccessDenied';
export { UserAvatar } from './components/UserAvatar';
export type { UserAvatarProps, AvatarUser } from './components/UserAvatar';
export { defaultLabels } from './defaultLabels';
export type { Labels } from './components/labels';
export type { RenderParts, PartProps, PartName, DataAttributes } from './components/parts';
export { safeUrl, safeReturnTo } from './core/urls';
