import type { Labels } from 'react-session-kit';

/**
 * A right-to-left locale for the stories: Arabic labels for the kit's components (set once on
 * the provider). Server messages stay as the server sends them. Anything missing stays English.
 */
export const arabicLabels: Partial<Labels> = {
  locale: 'ar',
  loginForm: 'تسجيل الدخول',
  username: 'اسم المستخدم',
  password: 'كلمة المرور',
  logIn: 'تسجيل الدخول',
  loggingIn: 'جارٍ تسجيل الدخول…',
  retryIn: (seconds) => `حاول مرة أخرى بعد ${seconds} ث`,
  usernameRequired: 'أدخل اسم المستخدم.',
  passwordRequired: 'أدخل كلمة المرور.',
  forgotPassword: 'هل نسيت كلمة المرور؟',
  signUp: 'إنشاء حساب',
  noAccount: 'ليس لديك حساب؟',
  loginTitle: (app) => `تسجيل الدخول إلى ${app}`,
  showPassword: 'إظهار كلمة المرور',
  sessionEnded: 'انتهت جلستك. سجّل الدخول مرة أخرى للمتابعة.',
  accountSelectForm: 'اختر حسابًا',
  account: 'الحساب',
  continue: 'متابعة',
  continuing: 'جارٍ المتابعة…',
  lastUsed: 'آخر استخدام',
  signedInAs: (name) => `مسجّل الدخول باسم ${name}`,
  loadingAccounts: 'جارٍ تحميل الحسابات…',
  noAccounts: 'لا توجد حسابات للاختيار منها.',
  back: 'استخدام حساب آخر',
  loggedIn: 'تم تسجيل دخولك.',
  loading: 'جارٍ التحميل…',
  switchAccount: 'تبديل الحساب',
  switching: 'جارٍ التبديل…',
  currentAccount: (title) => `${title} (الحالي)`,
  switchedAccount: (title) => `تم التبديل إلى ${title}.`,
  alerts: 'التنبيهات',
  dismissAlert: (title) => (title ? `إغلاق: ${title}` : 'إغلاق التنبيه'),
  alertDetails: 'التفاصيل',
  moreAlerts: (count) =>
    count === 1
      ? 'عرض تنبيه واحد آخر'
      : count === 2
        ? 'عرض تنبيهين آخرين'
        : count <= 10
          ? `عرض ${count} تنبيهات أخرى`
          : `عرض ${count} تنبيهًا آخر`,
  alertPriority: (priority) => (priority <= 1 ? 'عاجل:' : priority === 2 ? 'تحذير:' : ''),
  activeSessions: 'الجلسات النشطة',
  loadingSessions: 'جارٍ تحميل الجلسات…',
  noSessions: 'لا توجد جلسات نشطة.',
  retry: 'إعادة المحاولة',
  sessionDevice: (browser, device) =>
    browser && device ? `${browser} على ${device}` : (browser ?? device ?? 'جهاز غير معروف'),
  mobile: 'هاتف محمول',
  thisDevice: 'هذا الجهاز',
  location: 'الموقع',
  ipAddress: 'عنوان IP',
  lastActive: 'آخر نشاط',
  unknownLocation: 'موقع غير معروف',
  sessionStatus: {
    active: 'نشطة',
    pending: 'قيد الانتظار',
    revoked: 'تم تسجيل الخروج',
    ended: 'منتهية',
    expired: 'منتهية الصلاحية',
    removed: 'محذوفة',
    abandoned: 'متروكة',
    replaced: 'مستبدلة',
  },
  revoke: 'تسجيل الخروج',
  revokeSession: (device) => `تسجيل الخروج من ${device}`,
  confirmRevoke: (device) => `تسجيل الخروج من ${device}؟`,
  confirmRevokeButton: 'تسجيل الخروج',
  cancel: 'إلغاء',
  revoked: (device) => `تم تسجيل الخروج من ${device}.`,
  revokeFailed: (device, message) => `تعذّر تسجيل الخروج من ${device}. ${message}`,
  revokeOthers: 'تسجيل الخروج من كل الجلسات الأخرى',
  confirmRevokeOthers: (count) =>
    count === 1
      ? 'تسجيل الخروج من جلسة أخرى واحدة؟'
      : `تسجيل الخروج من كل الجلسات الأخرى (${count})؟`,
  revokedOthers: (count) =>
    count === 1 ? 'تم تسجيل الخروج من جلسة أخرى واحدة.' : `تم تسجيل الخروج من ${count} جلسات أخرى.`,
  revokeOthersFailed: (failed, message) =>
    `تعذّر تسجيل الخروج من ${failed === 1 ? 'جلسة واحدة' : `${failed} جلسات`}. ${message}`,
  showMoreSessions: (remaining) => `عرض المزيد (${remaining})`,
};
